package media.pipeline.localstack;

import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL 17 in a container, where Docker is available. */
final class ContainerPostgres implements DatabaseServer {
    static final String IMAGE = "postgres:17-alpine";
    private final PostgreSQLContainer container;

    private ContainerPostgres(PostgreSQLContainer container) {
        this.container = container;
    }

    static ContainerPostgres start() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
        container.start();
        return new ContainerPostgres(container);
    }

    @Override
    public String jdbcUrl() {
        return container.getJdbcUrl();
    }

    @Override
    public String username() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public void stop() {
        throw new LocalStackException("stopping PostgreSQL is supported in embedded mode only");
    }

    @Override
    public void restart() {
        throw new LocalStackException("restarting PostgreSQL is supported in embedded mode only");
    }

    @Override
    public void close() {
        container.stop();
    }
}
