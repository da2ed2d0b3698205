package org.cxadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel's connection table as Linux writes it on a little-endian machine: a client on 127.0.0.1:51890 talking
 * to the service on port 8080, on an IPv6 socket (the address IPv4-mapped) and on an IPv4 one.
 */
class ClientConnectionTest {

    private static final String HEADER = "  sl  local_address remote_address st tx_queue rx_queue tr tm->when\n";
    private static final String V6 = "0000000000000000FFFF00000100007F";
    private static final String V4 = "0100007F";

    @TempDir
    Path proc;

    private Path tcp6(String remote, String state) throws Exception {
        return Files.writeString(proc.resolve("tcp6"), HEADER
                + "   0: " + V6 + ":1F90 " + V6 + ":B5C3 06 00000000:00000000 03:00000144 00000000\n"
                + "   1: " + V6 + ":1F90 " + remote + " " + state + " 00000000:00000000 00:00000000 00000000\n");
    }

    private Path tcp4(String state) throws Exception {
        return Files.writeString(proc.resolve("tcp"), HEADER
                + "   0: " + V4 + ":1F90 " + V4 + ":CAB2 " + state + " 00000000:00000000 00:00000000 00000000\n");
    }

    @Test
    void aClientWhoseConnectionIsEstablishedIsThereUntilItClosesOrResetsIt() throws Exception {
        Path table = tcp6(V6 + ":CAB2", "01");
        BooleanSupplier gone = ClientConnection.watch(List.of(table), "127.0.0.1", 8080, 51890);
        assertThat(gone.getAsBoolean()).isFalse();

        tcp6(V6 + ":CAB2", "08"); // CLOSE_WAIT: the client sent its FIN
        assertThat(gone.getAsBoolean()).isTrue();

        tcp6(V6 + ":B5C4", "01"); // a reset connection leaves the table
        assertThat(gone.getAsBoolean()).isTrue();
    }

    @Test
    void anIpv4SocketIsReadToo() throws Exception {
        BooleanSupplier gone = ClientConnection.watch(List.of(tcp4("01")), "127.0.0.1", 8080, 51890);
        assertThat(gone.getAsBoolean()).isFalse();
        tcp4("08");
        assertThat(gone.getAsBoolean()).isTrue();
    }

    @Test
    void aConnectionTheFirstLookFindsClosedIsNeverReportedGone() throws Exception {
        // a client that closed its sending side once its request was out, and waits for the answer
        BooleanSupplier gone = ClientConnection.watch(List.of(tcp6(V6 + ":CAB2", "08")), "127.0.0.1", 8080, 51890);
        assertThat(gone.getAsBoolean()).isFalse();
        assertThat(gone.getAsBoolean()).isFalse();
    }

    @Test
    void nothingIsReadBeforeTheFirstLook() throws Exception {
        Path table = tcp6(V6 + ":CAB2", "08");
        BooleanSupplier gone = ClientConnection.watch(List.of(table), "127.0.0.1", 8080, 51890);
        tcp6(V6 + ":CAB2", "01");   // established by the first look: what it saw at the watch's start does not count
        assertThat(gone.getAsBoolean()).isFalse();
        tcp6(V6 + ":CAB2", "08");
        assertThat(gone.getAsBoolean()).isTrue();
    }

    @Test
    void aConnectionNotInTheTableAtTheFirstLookIsNeverReportedGone() throws Exception {
        Path table = tcp6(V6 + ":CAB3", "01"); // another port: e.g. a proxy rewrote the peer's address
        BooleanSupplier gone = ClientConnection.watch(List.of(table), "127.0.0.1", 8080, 51890);
        Files.delete(table);
        assertThat(gone.getAsBoolean()).isFalse();
        assertThat(ClientConnection.watch(List.of(proc.resolve("absent")), "127.0.0.1", 8080, 51890).getAsBoolean())
                .isFalse();
    }

    /** Both tables hold the connection here, and only tcp6 sees it close: the answer tells which table was read. */
    @Test
    void theTableTheLastConnectionWasFoundInIsReadFirst() throws Exception {
        ClientConnection.watch(List.of(proc.resolve("absent"), tcp6(V6 + ":CAB2", "01")), "127.0.0.1", 8080, 51890)
                .getAsBoolean();
        assertThat(goneWhenOnlyTcp6SeesItClose()).isTrue();
        // the near miss: after a connection found in the IPv4 table, that table is read first
        ClientConnection.watch(List.of(tcp4("01"), proc.resolve("absent")), "127.0.0.1", 8080, 51890).getAsBoolean();
        assertThat(goneWhenOnlyTcp6SeesItClose()).isFalse();
    }

    private boolean goneWhenOnlyTcp6SeesItClose() throws Exception {
        Path v4 = tcp4("01");
        Path v6 = tcp6(V6 + ":CAB2", "01");
        BooleanSupplier gone = ClientConnection.watch(List.of(v4, v6), "127.0.0.1", 8080, 51890);
        gone.getAsBoolean();   // the first look: established
        tcp6(V6 + ":CAB2", "08");
        return gone.getAsBoolean();
    }
}
