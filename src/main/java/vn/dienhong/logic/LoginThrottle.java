package vn.dienhong.logic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Slows PIN guessing without letting an attacker lock a delegate out: failures are counted per
 * account and address, and once an account is under attack from many addresses only the addresses
 * that have logged it in before may keep trying.
 */
public final class LoginThrottle {
    private static final Duration WINDOW = Duration.ofHours(1);
    private final Clock clock;
    private final int perAddressLimit;
    private final int perAccountLimit;
    private final Map<String, Deque<Instant>> failuresByPair = new HashMap<>();
    private final Map<String, Deque<Instant>> failuresByAccount = new HashMap<>();
    private final Map<String, Set<String>> trustedAddresses = new HashMap<>();

    public LoginThrottle(Clock clock, int perAddressLimit, int perAccountLimit) {
        this.clock = clock;
        this.perAddressLimit = perAddressLimit;
        this.perAccountLimit = perAccountLimit;
    }

    /** How long this address must wait before trying this account again, or empty when it may try now. */
    public synchronized Optional<Duration> waitBefore(String username, String address) {
        Instant now = clock.instant();
        Deque<Instant> pair = recent(failuresByPair, username + "@" + address, now);
        if (pair.size() >= perAddressLimit) {
            return Optional.of(Duration.between(now, pair.peekFirst().plus(WINDOW)));
        }
        Deque<Instant> account = recent(failuresByAccount, username, now);
        boolean trusted = trustedAddresses.getOrDefault(username, Set.of()).contains(address);
        if (account.size() >= perAccountLimit && !trusted) {
            return Optional.of(Duration.between(now, account.peekFirst().plus(WINDOW)));
        }
        return Optional.empty();
    }

    public synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        failuresByPair.computeIfAbsent(username + "@" + address, k -> new ArrayDeque<>()).addLast(now);
        failuresByAccount.computeIfAbsent(username, k -> new ArrayDeque<>()).addLast(now);
    }

    public synchronized void succeeded(String username, String address) {
        failuresByPair.remove(username + "@" + address);
        trustedAddresses.computeIfAbsent(username, k -> new HashSet<>()).add(address);
    }

    private static Deque<Instant> recent(Map<String, Deque<Instant>> map, String key, Instant now) {
        Deque<Instant> times = map.getOrDefault(key, new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
        return times;
    }
}
