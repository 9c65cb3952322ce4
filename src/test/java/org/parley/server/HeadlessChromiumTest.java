package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without Chromium the browser test fails and says what to install: it is never skipped in silence. */
class HeadlessChromiumTest {

    @Test
    void aMissingBrowserFailsWithWhatToInstall(@TempDir Path empty) {
        assertThatThrownBy(() -> HeadlessChromium.executable(empty.toString(), empty.resolve("chromium")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Chromium is not installed")
                .hasMessageContaining("apt-get install chromium");
    }

    @Test
    void theBrowserOnThePathComesFirst(@TempDir Path dir) throws IOException {
        Path chromium = Files.createFile(dir.resolve("chromium"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        assertThat(HeadlessChromium.executable("/nonexistent:" + dir, Path.of("/nonexistent/chromium")))
                .isEqualTo(chromium);
    }
}
