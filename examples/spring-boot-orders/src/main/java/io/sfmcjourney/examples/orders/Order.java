package io.sfmcjourney.examples.orders;

import java.math.BigDecimal;

/**
 * An order as the shop posts it.
 *
 * @param orderId    the shop's order number
 * @param customerId the customer, used as the SFMC contact key
 * @param email      where the journey's emails go
 * @param total      the order total
 */
public record Order(String orderId, String customerId, String email, BigDecimal total) {
}
