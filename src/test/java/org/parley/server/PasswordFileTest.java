package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.jetty.security.UserStore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordFileTest {

    @TempDir
    Path dir;

    @Test
    void readsUsersSkippingCommentsAndBlankLines() throws IOException {
        Path file = write("# who may write\n\nalice:s3cret\n  bob : pass:with:colons  \n");

        PasswordFile users = PasswordFile.read(file);

        assertThat(users.users()).containsExactlyInAnyOrder("alice", "bob");
        assertThat(users.toString()).contains("alice").doesNotContain("s3cret").doesNotContain("colons");
        UserStore store = users.userStore();
        assertThat(store.getUserPrincipal("alice").authenticate("s3cret")).isTrue();
        assertThat(store.getUserPrincipal("alice").authenticate("S3cret")).isFalse();
        assertThat(store.getUserPrincipal("bob").authenticate("pass:with:colons")).isTrue();
    }

    @Test
    void aPasswordMayBeWrittenAsAnMd5Hash() throws IOException {
        Path file = write("alice: MD5:" + md5Hex("s3cret") + "\n");

        UserStore store = PasswordFile.read(file).userStore();

        assertThat(store.getUserPrincipal("alice").authenticate("s3cret")).isTrue();
        assertThat(store.getUserPrincipal("alice").authenticate("MD5:" + md5Hex("s3cret"))).isFalse();
    }

    private static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.txt");

        assertThatThrownBy(() -> PasswordFile.read(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("password file not found: " + missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "# only a comment\n"})
    void aFileWithoutUsersIsRefused(String content) throws IOException {
        Path file = write(content);

        assertThatThrownBy(() -> PasswordFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names no user");
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice s3cret", "alice:", ":s3cret", "alice:one\nalice:two"})
    void aBadLineIsRefusedWithItsNumberButNotItsText(String content) throws IOException {
        Path file = write("# users\n" + content + "\n");

        assertThatThrownBy(() -> PasswordFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file + ", line ")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void anUnreadableFileIsRefused() throws IOException {
        Path file = write("alice:s3cret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as a user who reads any file (root)");

        assertThatThrownBy(() -> PasswordFile.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot read password file " + file);
    }

    @Test
    void tellsWhetherOthersMayReadIt() throws IOException {
        Path file = write("alice:s3cret\n");

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(PasswordFile.read(file).readableByOthers()).isTrue();

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(PasswordFile.read(file).readableByOthers()).isFalse();
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("passwords"), content);
    }
}
