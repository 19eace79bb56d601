package org.regindex.codebook.entity;

/** Fired when an import changes the regions' boundaries, so that what draws maps from them draws them again. */
public record BoundariesChanged() {}
