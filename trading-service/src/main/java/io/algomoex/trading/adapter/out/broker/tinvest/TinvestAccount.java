package io.algomoex.trading.adapter.out.broker.tinvest;

import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The account every call names. A configured id is used as it is. In the sandbox without one, the open sandbox
 * account named {@link TinvestSettings#sandboxAccountName()} is found with {@code SandboxService/GetSandboxAccounts};
 * when there is none, one is opened with that name ({@code OpenSandboxAccount}) and funded in roubles
 * ({@code SandboxPayIn}). Finding it again by name keeps a restart on the same account, so reconciliation sees the
 * orders of the run before. An account found holding neither roubles nor securities ({@code GetPositions}) is paid
 * in then: the open succeeded but the pay-in failed on an earlier try, and without it every order would be refused
 * for want of money (30042).
 */
final class TinvestAccount {

    private static final Logger log = LoggerFactory.getLogger(TinvestAccount.class);
    private static final String SANDBOX = "SandboxService/";

    private final TinvestRest rest;
    private final TinvestSettings settings;
    private volatile String id;

    TinvestAccount(TinvestRest rest, TinvestSettings settings) {
        this.rest = rest;
        this.settings = settings;
        this.id = settings.accountId();
    }

    String id() {
        String known = id;
        return known != null ? known : sandboxAccount();
    }

    private synchronized String sandboxAccount() {
        if (id != null) {
            return id;
        }
        JsonNode accounts = rest.call("account", SANDBOX + "GetSandboxAccounts", rest.body());
        for (JsonNode account : accounts.path("accounts")) {
            if (settings.sandboxAccountName().equals(account.path("name").asString())
                    && "ACCOUNT_STATUS_OPEN".equals(account.path("status").asString("ACCOUNT_STATUS_OPEN"))) {
                String found = TinvestWire.text(account, "id");
                if (holdsNothing(found)) {
                    payIn(found);
                }
                log.info("Trading in the T-Invest sandbox account {} ({})", found, settings.sandboxAccountName());
                id = found;
                return found;
            }
        }
        JsonNode opened = rest.call(
                "account", SANDBOX + "OpenSandboxAccount", rest.body().put("name", settings.sandboxAccountName()));
        String account = TinvestWire.text(opened, "accountId");
        payIn(account);
        log.info("Opened the T-Invest sandbox account {} ({})", account, settings.sandboxAccountName());
        id = account;
        return account;
    }

    /** Whether the account has no roubles (or a zero balance) and no securities. */
    private boolean holdsNothing(String account) {
        JsonNode positions = rest.call(
                "account", "OperationsService/GetPositions", rest.body().put("accountId", account));
        for (JsonNode money : positions.path("money")) {
            TinvestQuotation balance = new TinvestQuotation(
                    money.path("units").asString("0"), money.path("nano").asInt(0));
            if ("rub".equalsIgnoreCase(money.path("currency").asString())
                    && balance.value().signum() != 0) {
                return false;
            }
        }
        return positions.path("securities").isEmpty();
    }

    private void payIn(String account) {
        BigDecimal amount = settings.sandboxPayIn();
        if (amount.signum() <= 0) {
            return;
        }
        TinvestQuotation money = TinvestQuotation.of(amount);
        ObjectNode payIn = rest.body().put("accountId", account);
        payIn.putObject("amount")
                .put("currency", "rub")
                .put("units", money.units())
                .put("nano", money.nano());
        rest.call("account", SANDBOX + "SandboxPayIn", payIn);
        log.info("Paid {} RUB into the T-Invest sandbox account {}", amount.toPlainString(), account);
    }
}
