package media.pipeline.localstack;

/** A running PostgreSQL server. */
interface DatabaseServer extends AutoCloseable {
    String jdbcUrl();

    String username();

    String password();

    void stop();

    void restart();

    @Override
    void close();
}
