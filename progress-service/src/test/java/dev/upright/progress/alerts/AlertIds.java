package dev.upright.progress.alerts;

import java.util.UUID;

/** Fixed ids for the rules' tests, so that expected alert keys can be spelled out. */
final class AlertIds {

    static final UUID SESSION = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID ROW = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID CLIENT = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    private AlertIds() {
    }
}
