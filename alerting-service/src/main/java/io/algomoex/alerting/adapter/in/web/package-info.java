/** REST endpoints under {@code /api/v1}, the API-token guard of mutating endpoints, and the problem-detail errors. */
package io.algomoex.alerting.adapter.in.web;
