/** REST endpoints under {@code /api/v1} and the problem-detail error mapping. */
package io.algomoex.trading.adapter.in.web;
