/** REST endpoints under {@code /api/v1}, the kill switch's API-token guard and the problem-detail error mapping. */
package io.algomoex.trading.adapter.in.web;
