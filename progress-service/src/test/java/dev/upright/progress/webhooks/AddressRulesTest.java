package dev.upright.progress.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;

class AddressRulesTest {

    @Test
    void shouldNameEveryKindOfAddressOutsideThePublicInternet() throws Exception {
        assertThat(kindOf("127.0.0.1")).contains("loopback");
        assertThat(kindOf("127.8.9.10")).contains("loopback");
        assertThat(kindOf("::1")).contains("loopback");
        assertThat(kindOf("10.1.2.3")).contains("private");
        assertThat(kindOf("172.16.0.1")).contains("private");
        assertThat(kindOf("172.31.255.254")).contains("private");
        assertThat(kindOf("192.168.1.1")).contains("private");
        assertThat(kindOf("169.254.169.254")).contains("link-local");
        assertThat(kindOf("fe80::1")).contains("link-local");
        assertThat(kindOf("0.0.0.0")).contains("any-local");
        assertThat(kindOf("::")).contains("any-local");
        assertThat(kindOf("0.1.2.3")).contains("this network");
        assertThat(kindOf("224.0.0.251")).contains("multicast");
        assertThat(kindOf("ff02::1")).contains("multicast");
        assertThat(kindOf("100.64.0.1")).contains("carrier-grade NAT");
        assertThat(kindOf("100.127.255.254")).contains("carrier-grade NAT");
        assertThat(kindOf("fc00::1")).contains("unique local");
        assertThat(kindOf("fd12:3456:789a::1")).contains("unique local");
        // An IPv4 address written as IPv6 is the IPv4 address
        assertThat(kindOf("::ffff:10.0.0.1")).contains("private");
    }

    @Test
    void shouldLetPublicAddressesThroughIncludingNeighboursOfTheBlockedRanges() throws Exception {
        for (String address : new String[] { "93.184.215.14", "8.8.8.8", "172.15.255.255", "172.32.0.1",
                "100.63.255.255", "100.128.0.1", "169.253.0.1", "192.169.0.1", "11.0.0.1", "2606:4700::1111",
                "fe00::1", "fbff::1" }) {
            assertThat(AddressRules.nonPublicKind(InetAddress.getByName(address))).as(address).isEmpty();
        }
    }

    private static String kindOf(String literal) throws UnknownHostException {
        return AddressRules.nonPublicKind(InetAddress.getByName(literal)).orElse("public");
    }
}
