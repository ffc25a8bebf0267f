package io.sfmcjourney.camel.producer;

import org.apache.camel.Exchange;
import org.apache.camel.NoTypeConversionAvailableException;
import org.apache.camel.TypeConversionException;

/** Reads typed headers, failing with a message that names the header and the expected type. */
final class HeaderValues {

    private static final int MAX_SHOWN_VALUE = 60;

    private HeaderValues() {
    }

    /** The header converted to {@code type}, or null when absent. */
    static <T> T get(Exchange exchange, String header, Class<T> type) {
        Object value = exchange.getMessage().getHeader(header);
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        try {
            return exchange.getContext().getTypeConverter().mandatoryConvertTo(type, exchange, value);
        } catch (TypeConversionException | NoTypeConversionAvailableException e) {
            throw new IllegalArgumentException("Header " + header + " must be of type " + type.getSimpleName()
                                               + " but was " + value.getClass().getSimpleName() + " '"
                                               + shown(value) + "'", e);
        }
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() <= MAX_SHOWN_VALUE ? text : text.substring(0, MAX_SHOWN_VALUE) + "...";
    }
}
