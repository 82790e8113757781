package dev.upright.deploy.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection that sends prepared request bytes and reads the answer's status,
 * skipping its body. The load generator shares the two cores with the stack, so the measuring side stays as
 * cheap as possible: no per-request objects beyond the request bytes the caller already holds.
 */
final class RawHttp implements AutoCloseable {

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final byte[] line = new byte[8192];
    private final byte[] skip = new byte[16384];

    RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** The request line and headers for a GET, with a bearer token when one is given. */
    static byte[] get(String hostPort, String path, String token) {
        return (("GET " + path + " HTTP/1.1\r\nHost: " + hostPort + "\r\n")
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                + "Accept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A JSON POST; extra headers are complete lines ending in CRLF. */
    static byte[] postJson(String hostPort, String path, String token, String extraHeaders, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + hostPort + "\r\nAuthorization: Bearer " + token
                + "\r\nAccept: application/json\r\nContent-Type: application/json\r\n" + extraHeaders
                + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    /** Sends one request and answers the status code, or -1 when the connection failed (it is reopened next time). */
    int exchange(byte[] request) {
        try {
            if (socket == null) {
                open();
            }
            out.write(request);
            out.flush();
            return readResponse();
        } catch (IOException e) {
            close();
            return -1;
        }
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(30_000);
        socket.connect(new InetSocketAddress(host, port), 5_000);
        in = new BufferedInputStream(socket.getInputStream(), 65536);
        out = socket.getOutputStream();
    }

    private int readResponse() throws IOException {
        int n = readLine();
        // "HTTP/1.1 200 OK"
        if (n < 12) {
            throw new IOException("bad status line");
        }
        int status = (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
        long contentLength = -1;
        boolean chunked = false;
        boolean closes = false;
        while ((n = readLine()) > 0) {
            if (startsWith(n, "content-length:")) {
                contentLength = Long.parseLong(new String(line, 15, n - 15, StandardCharsets.US_ASCII).trim());
            } else if (startsWith(n, "transfer-encoding:") && contains(n, "chunked")) {
                chunked = true;
            } else if (startsWith(n, "connection:") && contains(n, "close")) {
                closes = true;
            }
        }
        if (chunked) {
            while (true) {
                int m = readLine();
                int size = 0;
                for (int i = 0; i < m; i++) {
                    int d = Character.digit(line[i], 16);
                    if (d < 0) break; // chunk extensions follow
                    size = size * 16 + d;
                }
                if (size == 0) {
                    while (readLine() > 0) {
                        // trailers
                    }
                    break;
                }
                skipBytes(size);
                readLine();
            }
        } else if (contentLength > 0) {
            skipBytes(contentLength);
        } else if (contentLength < 0 && status != 204 && status != 304) {
            // No length: the body runs to the end of the connection
            while (in.read(skip) >= 0) {
                // discard
            }
            closes = true;
        }
        if (closes) {
            close();
        }
        return status;
    }

    private int readLine() throws IOException {
        int n = 0;
        while (true) {
            int b = in.read();
            if (b < 0) throw new EOFException();
            if (b == '\n') break;
            if (n < line.length) line[n++] = (byte) b;
        }
        if (n > 0 && line[n - 1] == '\r') n--;
        return n;
    }

    private void skipBytes(long count) throws IOException {
        while (count > 0) {
            int r = in.read(skip, 0, (int) Math.min(skip.length, count));
            if (r < 0) throw new EOFException();
            count -= r;
        }
    }

    private boolean startsWith(int n, String lowerPrefix) {
        if (n < lowerPrefix.length()) return false;
        for (int i = 0; i < lowerPrefix.length(); i++) {
            if (Character.toLowerCase(line[i]) != lowerPrefix.charAt(i)) return false;
        }
        return true;
    }

    private boolean contains(int n, String lowerWord) {
        return new String(line, 0, n, StandardCharsets.US_ASCII).toLowerCase().contains(lowerWord);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
    }
}
