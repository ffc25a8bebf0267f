package io.sfmcjourney.simulator.state;

/**
 * A path reference to an object: by id, or by customer key when written {@code key:<key>}.
 *
 * @param value id or key
 * @param byKey whether {@code value} is a key
 */
public record Ref(String value, boolean byKey) {

    public static Ref id(String id) {
        return new Ref(id, false);
    }

    public static Ref key(String key) {
        return new Ref(key, true);
    }

    /** Reads a path value that may still carry the {@code key:} prefix. */
    public static Ref parse(String pathValue) {
        if (pathValue.regionMatches(true, 0, "key:", 0, 4)) {
            return key(pathValue.substring(4));
        }
        return id(pathValue);
    }
}
