package io.sfmcjourney.camel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import io.sfmcjourney.camel.client.SfmcAsyncCalls;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/**
 * Runs an exchange's asynchronous call per Camel's {@link org.apache.camel.AsyncProcessor} contract: completes
 * synchronously when the call is done at once, otherwise when its future completes, with the call's own exception
 * (unwrapped from the future's wrappers) on the exchange.
 */
final class AsyncCompletion {

    private AsyncCompletion() {
    }

    /** The exchange's call: prepares it (may throw) and answers its future. */
    @FunctionalInterface
    interface Call {
        CompletableFuture<?> start(Exchange exchange) throws Exception;
    }

    /** As {@code AsyncProcessor.process}: true when the exchange completed synchronously. */
    static boolean process(Exchange exchange, AsyncCallback callback, Call call) {
        CompletableFuture<?> future;
        try {
            future = call.start(exchange);
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        if (future.isDone()) {
            complete(exchange, future);
            callback.done(true);
            return true;
        }
        future.whenComplete((ignored, failure) -> {
            complete(exchange, future);
            callback.done(false);
        });
        return false;
    }

    private static void complete(Exchange exchange, CompletableFuture<?> call) {
        try {
            call.get();
        } catch (ExecutionException e) {
            exchange.setException(SfmcAsyncCalls.cause(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.setException(e);
        }
    }
}
