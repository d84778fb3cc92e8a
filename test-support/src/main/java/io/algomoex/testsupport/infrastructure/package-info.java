/**
 * Picks, once per JVM, where integration tests get PostgreSQL, Redis and RabbitMQ: the local service when it answers
 * (as in CI), Testcontainers otherwise (a laptop with Docker). Local mode only touches an isolated database, Redis
 * database and RabbitMQ virtual host, and removes them afterwards.
 */
package io.algomoex.testsupport.infrastructure;
