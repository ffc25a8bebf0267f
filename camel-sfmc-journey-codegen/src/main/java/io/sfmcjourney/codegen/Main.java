package io.sfmcjourney.codegen;

import java.nio.file.Path;

/**
 * Runs a generator: {@code starter <component-json-resource> <java-dir> <resources-dir>} or
 * {@code endpointdsl <component-json-resource> <java-dir>}. The component JSON is read from the class path (the
 * component is a dependency of the module being built).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException(
                    "Usage: starter <component-json-resource> <java-dir> <resources-dir> | endpointdsl "
                    + "<component-json-resource> <java-dir>");
        }
        ComponentModel model = ComponentModel.fromResource(args[1]);
        switch (args[0]) {
            case "starter" -> {
                if (args.length < 4) {
                    throw new IllegalArgumentException("starter needs <java-dir> and <resources-dir>");
                }
                new StarterGenerator(model).generate(Path.of(args[2]), Path.of(args[3]));
            }
            case "endpointdsl" -> new EndpointDslGenerator(model).generate(Path.of(args[2]));
            default -> throw new IllegalArgumentException("Unknown generator " + args[0]
                                                          + ": starter or endpointdsl");
        }
    }
}
