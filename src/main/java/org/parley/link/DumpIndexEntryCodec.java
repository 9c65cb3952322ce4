package org.parley.link;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.parley.extract.EntityType;

/**
 * The binary form of a {@link WikidataEntry} in the index's entries file: the item number (long), the type (one
 * letter), the sitelinks (int), then label, description, Wikipedia title ("" for none) and the aliases (a count,
 * then each), every string as an unsigned 16-bit byte length followed by UTF-8.
 *
 * <p>An encoded entry never exceeds {@link #MAX_BYTES}: aliases past that are dropped (Wikidata caps every name at
 * 250 characters, so only an item with hundreds of aliases comes near it). The cap is what lets a reader map the
 * file in overlapping windows and read any entry from one of them.
 */
final class DumpIndexEntryCodec {

    static final int MAX_BYTES = 60 * 1024;

    /** Wikidata caps names at 250 characters; a longer string is cut here, never a reason to fail. */
    private static final int MAX_STRING_BYTES = 4000;

    private DumpIndexEntryCodec() {
    }

    /** A buffer that {@link #encode} can fill; one per writer, reused for every entry. */
    static ByteBuffer newBuffer() {
        return ByteBuffer.allocate(MAX_BYTES);
    }

    /** Writes the entry into {@code out} from its start; on return the buffer is ready to be read (flipped). */
    static ByteBuffer encode(WikidataEntry entry, ByteBuffer out) {
        out.clear();
        out.putLong(Long.parseLong(entry.qid().substring(1)));
        out.put(code(entry.type()));
        out.putInt(entry.sitelinks());
        putString(out, utf8(entry.label()));
        putString(out, utf8(entry.description()));
        putString(out, utf8(entry.wikipediaTitle() == null ? "" : entry.wikipediaTitle()));
        int countAt = out.position();
        out.putShort((short) 0);
        int count = 0;
        for (String alias : entry.aliases()) {
            byte[] bytes = utf8(alias);
            if (out.remaining() < 2 + Math.min(bytes.length, MAX_STRING_BYTES) || count == 0xffff) {
                break;
            }
            putString(out, bytes);
            count++;
        }
        out.putShort(countAt, (short) count);
        return out.flip();
    }

    /** Reads an entry from a heap buffer positioned at its start. */
    static WikidataEntry decode(ByteBuffer in) {
        String qid = "Q" + in.getLong();
        EntityType type = type(in.get());
        int sitelinks = in.getInt();
        String label = getString(in);
        String description = getString(in);
        String title = getString(in);
        int count = Short.toUnsignedInt(in.getShort());
        List<String> aliases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            aliases.add(getString(in));
        }
        return new WikidataEntry(qid, label, type, aliases, description, title.isEmpty() ? null : title, sitelinks);
    }

    private static byte code(EntityType type) {
        return switch (type) {
            case PERSON -> 'P';
            case COUNTRY -> 'C';
            case ORGANIZATION -> 'O';
            case PLACE -> 'L';
        };
    }

    private static EntityType type(byte code) {
        return switch (code) {
            case 'P' -> EntityType.PERSON;
            case 'C' -> EntityType.COUNTRY;
            case 'O' -> EntityType.ORGANIZATION;
            case 'L' -> EntityType.PLACE;
            default -> throw new IllegalStateException("corrupt index entry: unknown type code " + code);
        };
    }

    private static void putString(ByteBuffer out, byte[] bytes) {
        int length = bytes.length;
        if (length > MAX_STRING_BYTES) {
            length = MAX_STRING_BYTES;
            while (length > 0 && (bytes[length] & 0xc0) == 0x80) {
                length--; // cut before a character, not inside one
            }
        }
        out.putShort((short) length).put(bytes, 0, length);
    }

    private static String getString(ByteBuffer in) {
        int length = Short.toUnsignedInt(in.getShort());
        String value = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
