package org.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One browser tab over the Chrome DevTools Protocol: commands go out as JSON with an id, and the answer with the
 * same id completes the call. Events are ignored but one, the network requests the tab sends once
 * {@link #recordRequests()} is on: the tests poll the page's state instead, which is simpler and as exact.
 */
final class DevToolsPage implements AutoCloseable {

    /** Longest a single command may take; the browser answers most in milliseconds. */
    private static final Duration CALL_LIMIT = Duration.ofSeconds(60);

    private final ObjectMapper json = new ObjectMapper();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private final WebSocket socket;

    private DevToolsPage(HttpClient http, URI endpoint) {
        this.socket = http.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(endpoint, new Listener())
                .join();
    }

    static DevToolsPage connect(HttpClient http, URI endpoint) {
        return new DevToolsPage(http, endpoint);
    }

    /** Sends one command and returns its {@code result}; fails on a protocol error. */
    synchronized JsonNode call(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(message.toString(), true).join();
        JsonNode response;
        try {
            response = answer.get(CALL_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the browser did not answer " + method + " in " + CALL_LIMIT.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new AssertionError("the connection to the browser failed during " + method, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted during " + method, e);
        } finally {
            pending.remove(id);
        }
        if (response.has("error")) {
            throw new AssertionError(method + " failed: " + response.get("error"));
        }
        return response.get("result");
    }

    ObjectNode params() {
        return json.createObjectNode();
    }

    /** Runs JavaScript in the page (awaiting a promise) and returns its value as JSON; fails if it throws. */
    JsonNode evaluate(String expression) {
        JsonNode result = call("Runtime.evaluate",
                params().put("expression", expression).put("returnByValue", true).put("awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new AssertionError("the page threw " + result.get("exceptionDetails") + " running: " + expression);
        }
        return result.get("result").path("value");
    }

    /** Waits until {@code condition} (JavaScript) is true, across page loads; fails with {@code what} if it is not. */
    void waitUntil(String condition, String what, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        AssertionError lastFailure = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                if (evaluate(condition).asBoolean(false)) {
                    return;
                }
            } catch (AssertionError pageChanging) {
                // A navigation destroys the context a script runs in: try again in the next page.
                lastFailure = pageChanging;
            }
            pause(Duration.ofMillis(100));
        }
        AssertionError timeout = new AssertionError("timed out after " + limit.toSeconds() + " s waiting for " + what);
        if (lastFailure != null) {
            timeout.addSuppressed(lastFailure);
        }
        throw timeout;
    }

    void navigate(String url) {
        call("Page.navigate", params().put("url", url));
        waitUntil("document.readyState === 'complete' && location.href.startsWith(" + json.valueToTree(url) + ")",
                "the page " + url + " to load", Duration.ofSeconds(30));
    }

    /** From now on, keeps the URL of every request the tab sends: pages, scripts, fetches, images. */
    void recordRequests() {
        call("Network.enable", params());
    }

    /** The URLs requested since {@link #recordRequests()}, in order. */
    List<String> requestedUrls() {
        return List.copyOf(requested);
    }

    /** Clicks with the left button at a point of the viewport, in CSS pixels, as a mouse would. */
    void click(double x, double y) {
        call("Input.dispatchMouseEvent", params().put("type", "mouseMoved").put("x", x).put("y", y));
        for (String type : new String[] {"mousePressed", "mouseReleased"}) {
            call("Input.dispatchMouseEvent", params().put("type", type).put("x", x).put("y", y)
                    .put("button", "left").put("buttons", 1).put("clickCount", 1));
        }
    }

    /** Types text where the focus is, as a keyboard would. */
    void insertText(String text) {
        call("Input.insertText", params().put("text", text));
    }

    /** Presses Ctrl+Enter in the focused element. */
    void pressControlEnter() {
        int control = 2;
        for (String type : new String[] {"rawKeyDown", "keyUp"}) {
            call("Input.dispatchKeyEvent", params().put("type", type).put("modifiers", control)
                    .put("key", "Enter").put("code", "Enter").put("windowsVirtualKeyCode", 13));
        }
    }

    byte[] screenshot() {
        String png = call("Page.captureScreenshot", params().put("format", "png")).get("data").asText();
        return Base64.getDecoder().decode(png);
    }

    void setViewport(int width, int height) {
        call("Emulation.setDeviceMetricsOverride", params().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", false));
    }

    /** Text as a JavaScript string literal, for building expressions. */
    String literal(String text) {
        return json.valueToTree(text).toString();
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Collects each message (which may come in parts) and completes the call it answers. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence part, boolean last) {
            message.append(part);
            if (last) {
                try {
                    JsonNode node = json.readTree(message.toString());
                    CompletableFuture<JsonNode> waiting = node.has("id") ? pending.get(node.get("id").asInt()) : null;
                    if (waiting != null) {
                        waiting.complete(node);
                    }
                    if ("Network.requestWillBeSent".equals(node.path("method").asText())) {
                        requested.add(node.path("params").path("request").path("url").asText());
                    }
                } catch (java.io.IOException e) {
                    pending.values().forEach(call -> call.completeExceptionally(e));
                } finally {
                    message.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            pending.values().forEach(call -> call.completeExceptionally(
                    new IllegalStateException("the browser closed the connection: " + statusCode + " " + reason)));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            pending.values().forEach(call -> call.completeExceptionally(error));
        }
    }
}
