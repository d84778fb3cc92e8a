# syntax=docker/dockerfile:1
# One multi-stage build for the four services: the build stage compiles every jar once (the host needs no JDK),
# then each service is a small JRE image selected with `target:` in docker-compose.yml.

FROM eclipse-temurin:21-jdk AS build
WORKDIR /build
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp package -DskipTests -Dmaven.test.skip=true -Dspotless.check.skip=true -Djacoco.skip=true \
      -pl collector-service,backtest-service,trading-service,alerting-service -am

FROM eclipse-temurin:21-jre AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app algomoex
WORKDIR /app
USER algomoex
# Heap follows the container's memory limit; an out-of-memory JVM exits so that Docker restarts it.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError" \
    SPRING_PROFILES_ACTIVE=docker
ENTRYPOINT ["java", "-jar", "/app/app.jar"]

FROM runtime AS collector-service
COPY --from=build /build/collector-service/target/collector-service-exec.jar /app/app.jar
EXPOSE 8081

FROM runtime AS backtest-service
COPY --from=build /build/backtest-service/target/backtest-service-exec.jar /app/app.jar
EXPOSE 8082

FROM runtime AS trading-service
COPY --from=build /build/trading-service/target/trading-service-exec.jar /app/app.jar
EXPOSE 8083

FROM runtime AS alerting-service
COPY --from=build /build/alerting-service/target/alerting-service-exec.jar /app/app.jar
EXPOSE 8084
