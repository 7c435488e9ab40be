package media.pipeline.contracts;

/** A host or guest: name, and where known, role and organization. */
public record Person(String name, String role, String organization) {
    public Person {
        Require.text(name, "name");
    }

    public static Person named(String name) {
        return new Person(name, null, null);
    }
}
