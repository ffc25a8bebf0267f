package io.sfmcjourney.examples.orders;

/**
 * The answer to an accepted order.
 *
 * @param orderId         the order
 * @param eventInstanceId SFMC's id of the entry event
 */
public record OrderAccepted(String orderId, String eventInstanceId) {
}
