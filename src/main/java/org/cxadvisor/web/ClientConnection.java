package org.cxadvisor.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Whether the client of a request still holds its connection, read from the kernel's table of TCP connections
 * (Linux's {@code /proc/net/tcp} and {@code tcp6}, the table {@code ss} reads). The Servlet API has no such signal:
 * Tomcat learns that a client has gone only when it writes the answer, so a what-if for a client that closed its
 * connection would otherwise run until its budget is spent. A connection that has left the established state (the
 * client closed it or reset it) counts as gone. Where there is no such table, or the request's connection is not
 * in it at the first look (a proxy in front that rewrote the peer's address), nothing is reported and the
 * budget alone ends the work.
 */
final class ClientConnection {

    private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));
    private static final String ESTABLISHED = "01";
    private static final BooleanSupplier UNKNOWN = () -> false;
    /**
     * The table the last connection was found in, read first: a server listens on one kind of socket, so its
     * connections are all in the same table (tcp6 for Java's dual-stack sockets, IPv4 clients included), and the
     * kernel writes the other table out line by line for nothing: about half the system time of a what-if's look.
     */
    private static volatile int lastFound;

    private final List<Path> tables;
    /** Per table, what a line holds from the local port to the state: ":PORT PEER-ADDRESS:PEER-PORT " (null: none). */
    private final String v4;
    private final String v6;
    /** Whether the first look found the connection established; null before it. */
    private Boolean seenEstablished;

    private ClientConnection(List<Path> tables, InetAddress peer, int localPort, int peerPort) {
        this.tables = tables;
        String local = String.format(":%04X ", localPort);
        String remote = String.format(":%04X ", peerPort);
        this.v4 = peer instanceof Inet4Address ? local + hex(peer.getAddress()) + remote : null;
        this.v6 = local + hex(mapped(peer.getAddress())) + remote;
    }

    /**
     * Whether the client of {@code request} has gone, looked up afresh on each call; nothing is read before the first
     * call, so work that ends before its first look ({@link WorkBudget}) never reads the table.
     */
    static BooleanSupplier watch(HttpServletRequest request) {
        return watch(TABLES, request.getRemoteAddr(), request.getLocalPort(), request.getRemotePort());
    }

    static BooleanSupplier watch(List<Path> tables, String peerAddress, int localPort, int peerPort) {
        ClientConnection connection;
        try {
            connection = new ClientConnection(tables, InetAddress.getByName(peerAddress), localPort, peerPort);
        } catch (UnknownHostException | RuntimeException e) {
            return UNKNOWN;
        }
        return connection::gone;
    }

    /**
     * Gone once a connection seen established has left that state. A connection not established at the first look
     * is never called gone: a client may close its sending side as soon as its request is out and still wait for
     * the answer (the kernel shows that as the client having closed), and a connection missing from the table
     * (a proxy in front that rewrote the peer's address) tells nothing.
     */
    private synchronized boolean gone() {
        if (seenEstablished == null) {
            seenEstablished = ESTABLISHED.equals(state());
            return false;
        }
        return seenEstablished && !ESTABLISHED.equals(state());
    }

    /**
     * The connection's state as the kernel writes it (01 established, 08 the client closed it), or null if absent.
     * Under load the table has thousands of lines (connections in TIME_WAIT among them), read for every what-if:
     * each line is searched for the connection's ports and peer, not split into fields.
     */
    private String state() {
        int first = lastFound;
        for (int k = 0; k < tables.size(); k++) {
            int index = (first + k) % tables.size();
            Path table = tables.get(index);
            String wanted = table.getFileName().toString().endsWith("6") ? v6 : v4;
            if (wanted == null) {
                continue;
            }
            try (BufferedReader lines = Files.newBufferedReader(table, StandardCharsets.US_ASCII)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int at = line.indexOf(wanted);
                    if (at > 0 && line.length() >= at + wanted.length() + 2) {
                        lastFound = index;
                        return line.substring(at + wanted.length(), at + wanted.length() + 2);
                    }
                }
            } catch (IOException | SecurityException e) {
                // no such table here (tcp6 without IPv6), or not readable: look in the next
            }
        }
        return null;
    }

    // An IPv4 address as it appears on an IPv6 socket (::ffff:a.b.c.d); an IPv6 address as it is.
    private static byte[] mapped(byte[] address) {
        if (address.length == 16) {
            return address;
        }
        byte[] v6 = new byte[16];
        v6[10] = (byte) 0xff;
        v6[11] = (byte) 0xff;
        System.arraycopy(address, 0, v6, 12, 4);
        return v6;
    }

    // The kernel prints an address as 32-bit words, each in the machine's byte order.
    private static String hex(byte[] address) {
        byte[] printed = address.clone();
        if (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN) {
            for (int w = 0; w < printed.length; w += 4) {
                for (int i = 0; i < 2; i++) {
                    byte b = printed[w + i];
                    printed[w + i] = printed[w + 3 - i];
                    printed[w + 3 - i] = b;
                }
            }
        }
        return HexFormat.of().withUpperCase().formatHex(printed);
    }
}
