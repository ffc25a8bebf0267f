/**
 * Jackson models of the SFMC Journey Builder payloads ({@code /interaction/v1}).
 * <p>
 * Every model is a plain JavaBean, tolerant of fields it does not know, and serialises without nulls. The large,
 * user-edited objects ({@link io.sfmcjourney.camel.model.Journey}, {@link io.sfmcjourney.camel.model.EventDefinition}
 * and their parts) keep unknown fields in {@link io.sfmcjourney.camel.model.ExtensibleModel#getAdditionalProperties()}
 * so a read-modify-write round trip loses nothing. SFMC timestamps stay {@code String}s; convert them with
 * {@link io.sfmcjourney.camel.model.SfmcTimestamps}. Use {@link io.sfmcjourney.camel.model.SfmcJson#mapper()} to read
 * and write them.
 */
package io.sfmcjourney.camel.model;
