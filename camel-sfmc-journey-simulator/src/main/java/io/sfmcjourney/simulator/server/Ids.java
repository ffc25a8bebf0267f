package io.sfmcjourney.simulator.server;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Lower-case hyphenated GUIDs as SFMC issues them. */
public final class Ids {

    /** The nil GUID SFMC uses for "not set". */
    public static final String NIL = "00000000-0000-0000-0000-000000000000";

    private Ids() {
    }

    /** A random version-4 GUID (fast, not for secrets). */
    public static UUID randomUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    public static String guid() {
        return randomUuid().toString();
    }
}
