package org.regindex.release.entity;

/** Fired when a release is published, withdrawn or discarded, so that readers holding its header drop it. */
public record ReleaseChanged(String version) {}
