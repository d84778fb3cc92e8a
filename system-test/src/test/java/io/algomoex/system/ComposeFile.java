package io.algomoex.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * The environment {@code docker-compose.yml} gives a service, interpolated as Compose does from a {@code .env} of the
 * test's own: {@code ${NAME}}, {@code ${NAME:-default}} (unset or empty), {@code ${NAME-default}} (unset), and
 * {@code $$} for a literal dollar. YAML anchors and merge keys ({@code <<: *service-environment}) are resolved by the
 * YAML parser, so a variable missing from a service's block in the file is missing here too.
 */
final class ComposeFile {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?}");

    private final Map<String, Object> services;

    private ComposeFile(Map<String, Object> services) {
        this.services = services;
    }

    @SuppressWarnings("unchecked")
    static ComposeFile read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> root = new Yaml().load(reader);
            return new ComposeFile((Map<String, Object>) root.get("services"));
        }
    }

    /** The service's environment with every value interpolated from {@code dotEnv}. */
    @SuppressWarnings("unchecked")
    Map<String, String> environment(String service, Map<String, String> dotEnv) {
        Map<String, Object> definition = (Map<String, Object>) services.get(service);
        if (definition == null) {
            throw new IllegalArgumentException("docker-compose.yml has no service " + service);
        }
        Map<String, String> environment = new LinkedHashMap<>();
        Object block = definition.get("environment");
        if (block instanceof Map<?, ?> map) {
            map.forEach((name, value) -> environment.put(
                    String.valueOf(name), interpolate(value == null ? "" : String.valueOf(value), dotEnv)));
        } else if (block instanceof List<?> list) {
            for (Object entry : list) {
                String[] pair = String.valueOf(entry).split("=", 2);
                environment.put(pair[0], pair.length == 2 ? interpolate(pair[1], dotEnv) : "");
            }
        }
        return environment;
    }

    static String interpolate(String text, Map<String, String> dotEnv) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (matcher.group().equals("$$")) {
                replacement = "$";
            } else {
                String value = dotEnv.get(matcher.group(1));
                String operator = matcher.group(2);
                boolean useDefault = operator != null && (value == null || (operator.equals(":-") && value.isEmpty()));
                replacement = useDefault ? matcher.group(3) : (value == null ? "" : value);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
