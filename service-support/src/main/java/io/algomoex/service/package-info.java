/**
 * Web plumbing shared by the four services, applied by auto-configuration: the bearer-token guard of mutating
 * {@code /api/**} requests and the problem-detail handlers every service's advice extends. No domain code lives here.
 */
package io.algomoex.service;
