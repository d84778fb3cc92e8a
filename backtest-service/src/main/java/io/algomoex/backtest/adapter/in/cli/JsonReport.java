package io.algomoex.backtest.adapter.in.cli;

import io.algomoex.common.market.Timeframe;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Prints a command's report record as JSON. Field names are a contract with other tools (the system test, the
 * docs), so each report is a record whose components are those names in print order. Times are ISO-8601 with the
 * Moscow offset, as a trader reads them; undefined numbers (NaN, infinite) are {@code null}, since JSON has neither.
 */
final class JsonReport {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("cli-report")
                    .addSerializer(Instant.class, new MoscowTime())
                    .addSerializer(Double.class, new FiniteOrNull())
                    .addSerializer(double.class, new FiniteOrNull()))
            .build();

    private JsonReport() {}

    static String print(Object report) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report);
    }

    private static final class MoscowTime extends StdSerializer<Instant> {

        MoscowTime() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.atZone(Timeframe.MOSCOW)));
        }
    }

    private static final class FiniteOrNull extends StdSerializer<Double> {

        FiniteOrNull() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator generator, SerializationContext context) {
            if (Double.isFinite(value)) {
                generator.writeNumber(value);
            } else {
                generator.writeNull();
            }
        }
    }
}
