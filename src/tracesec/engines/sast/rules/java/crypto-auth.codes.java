// Codes built one character at a time from a generator
import java.security.SecureRandom;
import java.util.Random;

public final class Codes {
    private static final SecureRandom SECURE = new SecureRandom();
    private static final Random CODES = new Random();
    private static final char[] DIGITS = "0123456789".toCharArray();

    /** Read out over the phone when a courier collects a parcel. */
    public static String pickupCode(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            // ruleid: trace.java.insecure-randomness.weak-random-for-secret
            sb.append(DIGITS[CODES.nextInt(DIGITS.length)]);
        }
        return sb.toString();
    }

    public static String accessCode(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(DIGITS[SECURE.nextInt(DIGITS.length)]);
        }
        // ok: trace.java.insecure-randomness.weak-random-for-secret
        return sb.toString();
    }

    /** A shuffled display order: no secret. */
    public static String shuffledLabel(String label) {
        StringBuilder sb = new StringBuilder();
        sb.append(label).append('-').append(CODES.nextInt(100));
        // ok: trace.java.insecure-randomness.weak-random-for-secret
        return sb.toString();
    }
}

class ResetService {
    private MemberRepository members;

    public java.util.Optional<String> startPasswordReset(String username) {
        return members.findByUsername(username).map(member -> {
            // ruleid: trace.java.insecure-randomness.weak-random-for-secret
            member.resetToken = Long.toHexString(Double.doubleToLongBits(Math.random())) + Long.toHexString(System.nanoTime());
            members.update(member);
            return member.resetToken;
        });
    }

    public void shuffle(Member member) {
        // ok: trace.java.insecure-randomness.weak-random-for-secret
        member.seatOrder = (int) (Math.random() * 10);
    }
}
