package org.parley.server;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.util.security.Credential;

/**
 * The users who may write, read from a file the operator names: one {@code user:password} a line.
 *
 * <p>Blank lines and lines starting with {@code #} are ignored, as are spaces around the user name and
 * the password (so Jetty's {@code user: password} works); the password is everything after the first
 * colon, so it may itself contain colons. A password may
 * also be written in one of Jetty's hashed forms ({@code MD5:...}, {@code CRYPT:...}). A file that
 * is missing, unreadable, empty, or has a line that is not {@code user:password} is refused with a
 * message naming the file and line, never the line itself, which may hold a password.
 */
public final class PasswordFile {

    private final Path path;
    private final Map<String, String> passwords;

    private PasswordFile(Path path, Map<String, String> passwords) {
        this.path = path;
        this.passwords = passwords;
    }

    /** Reads and checks the file; fails with {@link IllegalArgumentException} saying what is wrong with it. */
    public static PasswordFile read(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("password file not found: " + path);
        } catch (MalformedInputException e) {
            throw new IllegalArgumentException("password file " + path + " is not UTF-8 text");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read password file " + path + ": " + e.getMessage(), e);
        }
        Map<String, String> passwords = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "password file " + path + ", line " + (i + 1);
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(where + ": expected user:password");
            }
            String user = line.substring(0, colon).strip();
            String password = line.substring(colon + 1).strip();
            if (user.isEmpty() || password.isEmpty()) {
                throw new IllegalArgumentException(where + ": the user name and the password must not be empty");
            }
            if (passwords.putIfAbsent(user, password) != null) {
                throw new IllegalArgumentException(where + ": user " + user + " is already listed");
            }
        }
        if (passwords.isEmpty()) {
            throw new IllegalArgumentException("password file " + path + " names no user (one user:password a line)");
        }
        return new PasswordFile(path, Map.copyOf(passwords));
    }

    public Path path() {
        return path;
    }

    public Set<String> users() {
        return passwords.keySet();
    }

    /** Whether users other than the file's owner and group may read it. */
    public boolean readableByOthers() {
        try {
            return Files.getPosixFilePermissions(path).contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The users as Jetty's login service wants them, all in no particular role. */
    UserStore userStore() {
        UserStore store = new UserStore();
        passwords.forEach((user, password) -> store.addUser(user, Credential.getCredential(password), new String[0]));
        try {
            store.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the users of " + path + ": " + e.getMessage(), e);
        }
        return store;
    }

    /** The path and the users; never the passwords. */
    @Override
    public String toString() {
        return "PasswordFile[" + path + ", users " + users() + "]";
    }
}
