package org.parley.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/** The fingerprint that tells an incremental build whether an article changed. */
final class ContentHash {

    /** Bumped if the encoding below ever changes, so old and new hashes can never be confused. */
    private static final String FORMAT = "parley-article-v1";

    private ContentHash() {
    }

    /**
     * SHA-256 over the fields, each written with a presence flag and its byte length, so that no two different
     * (title, date, url, text) tuples hash the same input: moving characters from one field to the next, or
     * replacing a null by an empty string, changes the hash.
     */
    static String of(String title, LocalDate date, String url, String text) {
        MessageDigest sha256 = newSha256();
        update(sha256, FORMAT);
        update(sha256, title);
        update(sha256, date == null ? null : date.toString());
        update(sha256, url);
        update(sha256, text);
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static void update(MessageDigest digest, String field) {
        if (field == null) {
            digest.update((byte) 0);
            return;
        }
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
