package io.algomoex.testsupport.infrastructure;

/** Reads settings from the environment first and from system properties of the same name second. */
final class Environment {

    private Environment() {}

    static String get(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    static boolean isCi() {
        return Boolean.parseBoolean(get("CI", "false"));
    }
}
