package org.scalingsuite.core.report;

/**
 * The paper a reproduction follows.
 *
 * @param citation  short citation, e.g. {@code Besiroglu et al. 2024}
 * @param title     the full title
 * @param authors   the author list
 * @param reference the archive reference as text, e.g. {@code arXiv:2404.10102} (never a link: the site is
 *                  offline)
 * @param summary   one or two sentences on what is reproduced and from which data
 */
public record Paper(String citation, String title, String authors, String reference, String summary) {
}
