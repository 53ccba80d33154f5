package dev.briefing.render.internal.parse;

/** The lines of the Details section, one per metadata part. */
public enum DetailField { ID, PUBLISHED, LANGUAGE, AUTHOR, TAG, SOURCE }
