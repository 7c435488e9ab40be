package media.pipeline.contracts;

/** Types of named entities attached to segments and chapters. */
public enum EntityType {
    PERSON, ORGANIZATION, PRODUCT, PLACE
}
