package io.algomoex.testsupport.infrastructure;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * The per-JVM decision of where each backing service comes from. Each service is probed once (connect timeout about
 * 300 ms) and the choice is logged once.
 */
public final class InfrastructureSelection {

    private static final Logger log = LoggerFactory.getLogger(InfrastructureSelection.class);
    private static final int PROBE_TIMEOUT_MILLIS = 300;
    private static final Map<BackingService, Source> choices = new EnumMap<>(BackingService.class);
    private static Boolean dockerAvailable;

    private InfrastructureSelection() {}

    /** Where {@code service} comes from in this JVM, deciding on first call. */
    public static synchronized Source sourceOf(BackingService service) {
        return choices.computeIfAbsent(service, InfrastructureSelection::choose);
    }

    /** A sentence explaining why {@code service} is unavailable, naming what to do about it. */
    static String unavailableReason(BackingService service) {
        return service.displayName() + " is not reachable at " + service.host() + ":" + service.port()
                + " and Docker is not available for Testcontainers (ALGO_IT_INFRA="
                + InfrastructureMode.configured().name().toLowerCase(java.util.Locale.ROOT)
                + "). Start the local service or Docker.";
    }

    private static Source choose(BackingService service) {
        InfrastructureMode mode = InfrastructureMode.configured();
        Source source = switch (mode) {
            case LOCAL -> reachable(service) ? Source.LOCAL : Source.UNAVAILABLE;
            case CONTAINERS -> docker() ? Source.CONTAINER : Source.UNAVAILABLE;
            case AUTO -> reachable(service) ? Source.LOCAL : docker() ? Source.CONTAINER : Source.UNAVAILABLE;
        };
        log.info(
                "Integration-test infrastructure: {} from {} (ALGO_IT_INFRA={}, probed {}:{})",
                service.displayName(),
                source,
                mode,
                service.host(),
                service.port());
        return source;
    }

    static boolean reachable(BackingService service) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(service.host(), service.port()), PROBE_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean docker() {
        if (dockerAvailable == null) {
            try {
                dockerAvailable = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                dockerAvailable = false;
            }
        }
        return dockerAvailable;
    }
}
