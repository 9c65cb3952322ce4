package org.parley.link;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET requests to the Wikidata API the way Wikimedia asks clients to make them: a User-Agent that says who asks, one
 * request at a time at a gentle pace, compressed answers, and patience when told to wait (429 or 503 with
 * Retry-After).
 */
final class OnlineWikidataHttp {

    private static final Logger LOG = LoggerFactory.getLogger(OnlineWikidataHttp.class);

    /** When a refusal says nothing about how long to wait: 1 s, then 2 s, 4 s, ... */
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    private final HttpClient client;
    private final OnlineWikidataConfig config;
    private final OnlineWikidataPacer pacer;

    OnlineWikidataHttp(OnlineWikidataConfig config) {
        this.config = config;
        this.pacer = new OnlineWikidataPacer(config.minInterval());
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The body of the answer to a GET, when it is a 200. */
    String get(URI uri) throws OnlineWikidataException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(config.requestTimeout())
                .header("User-Agent", OnlineWikidata.USER_AGENT)
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<byte[]> response = send(request);
            int status = response.statusCode();
            if (status == 200) {
                return body(response);
            }
            if ((status != 429 && status != 503) || attempt >= config.maxRetries()) {
                throw new OnlineWikidataException("HTTP " + status + " from " + uri.getHost());
            }
            Duration wait = retryAfter(response).orElse(FIRST_BACKOFF.multipliedBy(1L << attempt));
            if (wait.compareTo(config.maxRetryWait()) > 0) {
                throw new OnlineWikidataException("HTTP " + status + " from " + uri.getHost() + ", asked to wait "
                        + wait.toSeconds() + " s");
            }
            LOG.debug("HTTP {} from {}; retrying in {} ms", status, uri.getHost(), wait.toMillis());
            pacer.pauseAll(wait);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws OnlineWikidataException {
        try {
            pacer.awaitTurn();
            return client.send(request, BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new OnlineWikidataException(describe(e) + " asking " + request.uri().getHost(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OnlineWikidataException("interrupted while asking " + request.uri().getHost(), e);
        }
    }

    private static String describe(IOException e) {
        return e instanceof HttpTimeoutException ? "timed out" : e.toString();
    }

    private static String body(HttpResponse<byte[]> response) throws OnlineWikidataException {
        boolean gzipped = response.headers().firstValue("Content-Encoding")
                .filter(encoding -> encoding.equalsIgnoreCase("gzip")).isPresent();
        if (!gzipped) {
            return new String(response.body(), StandardCharsets.UTF_8);
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OnlineWikidataException("a compressed answer that cannot be read", e);
        }
    }

    /** Retry-After as seconds or as an HTTP date (RFC 9110, 10.2.3). */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> header = response.headers().firstValue("Retry-After").map(String::strip);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get();
        if (value.matches("[0-9]{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(ZonedDateTime.now(when.getZone()), when);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
