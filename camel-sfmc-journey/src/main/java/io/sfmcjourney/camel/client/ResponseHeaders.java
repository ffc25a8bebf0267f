package io.sfmcjourney.camel.client;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

import org.apache.hc.core5.http.Header;

/**
 * The headers of one answer as an unmodifiable map, in the order received: a header sent more than once keeps its
 * first position and its last value. Built straight from the few headers of an answer, without hashing or copying
 * them into a map, as every answer is read; {@link #get} compares names exactly, {@link #firstIgnoringCase} ignores
 * case. Serializable, as the exceptions carrying it ({@code HttpOperationFailedException}) are.
 */
final class ResponseHeaders extends AbstractMap<String, String> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String[] names;
    private final String[] values;
    private final int size;

    ResponseHeaders(Header[] headers) {
        names = new String[headers.length];
        values = new String[headers.length];
        int n = 0;
        for (Header header : headers) {
            int at = indexOf(header.getName(), n);
            if (at < 0) {
                names[n] = header.getName();
                values[n] = header.getValue();
                n++;
            } else {
                values[at] = header.getValue();
            }
        }
        size = n;
    }

    private int indexOf(Object name, int count) {
        for (int i = 0; i < count; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The value of the header named {@code name} in any case, or null. */
    String firstIgnoringCase(String name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public String get(Object name) {
        int at = indexOf(name, size);
        return at < 0 ? null : values[at];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name, size) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, String> entry = new SimpleImmutableEntry<>(names[next], values[next]);
                        next++;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
