package io.sfmcjourney.simulator.state;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The state of every account (MID), created on first use. */
public final class AccountRegistry {

    private final SimulatorSettings settings;
    private final Map<String, AccountState> accounts = new ConcurrentHashMap<>();

    public AccountRegistry(SimulatorSettings settings) {
        this.settings = settings;
    }

    public AccountState account(String accountId) {
        return accounts.computeIfAbsent(accountId, id -> new AccountState(id, settings));
    }

    /** Forgets every account's state. */
    public void clear() {
        accounts.clear();
    }
}
