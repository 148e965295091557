package vn.dienhong.logic;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes PINs with salted PBKDF2-HMAC-SHA256 so a copy of the database does not reveal them; the
 * iteration count is stored in each hash, so raising it later keeps old hashes checkable.
 */
public final class PinHasher {
    /** OWASP's minimum for PBKDF2-HMAC-SHA256. */
    public static final int MIN_ITERATIONS = 600_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final int iterations;

    public PinHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
    }

    /** A new hash of {@code pin} with a fresh 16-byte salt, as {@code pbkdf2-sha256$iterations$salt$hash}. */
    public String hash(String pin) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(pin, salt, iterations));
    }

    /** Whether {@code pin} matches {@code stored}, compared in constant time; a damaged hash matches nothing. */
    public boolean verify(String pin, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] expected = b64.decode(parts[3]);
            byte[] salt = b64.decode(parts[2]);
            int rounds = Integer.parseInt(parts[1]);
            if (rounds < 1 || salt.length == 0 || expected.length == 0) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(pin, salt, rounds));
        } catch (IllegalArgumentException damaged) {
            return false;
        }
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        }
    }
}
