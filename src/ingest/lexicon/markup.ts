/**
 * The English words of `class` and `id` attributes. Themes and CMSes name page parts in English
 * whatever the language of the page ("related-posts", "entry-content"), so these are not any
 * one language's: a language file holds only the class words written in that language
 * ("baca-juga", "bildtext").
 */
import type { ClassParts, ClassWords } from './types.ts';

/** Class/id words, matched as whole words (see {@link ClassWords}). */
export const markupClassWords: ClassWords = {
  boilerplate: [
    'related', 'relatedposts', 'recommended', 'recommendations', 'recommend', 'popular', 'trending',
    'mostread', 'mostpopular', 'morestories', 'more-stories', 'readmore', 'read-more', 'readalso',
    'read-also', 'see-also', 'also-read',
    'newsletter', 'subscribe', 'subscription', 'signup', 'sign-up',
    'advert', 'advertisement', 'advertising', 'ads', 'ad', 'adslot', 'ad-slot', 'ad-container',
    'sponsor', 'sponsored', 'outbrain', 'taboola', 'dfp', 'gpt',
    'share', 'sharing', 'sharebar', 'share-bar', 'social', 'socials',
    'breadcrumb', 'breadcrumbs', 'sidebar', 'footer', 'cookie', 'cookies', 'gdpr', 'consent',
    'modal', 'popup', 'pagination', 'pager', 'skip', 'login',
    'author', 'authors', 'bio', 'biography', 'byline', 'about-author', 'about-the-author',
  ],
  comments: ['comment', 'comments', 'disqus', 'respond', 'replies', 'reply'],
  weak: [
    'promo', 'promotion', 'follow', 'menu', 'navbar', 'nav', 'navigation',
    'header', 'masthead', 'tags', 'taglist', 'tag-list', 'tagcloud', 'toolbar', 'banner', 'rating',
    'dateline', 'meta',
  ],
  content: [
    'article', 'articlebody', 'article-body', 'article-content', 'body', 'content', 'entry',
    'entry-content', 'main', 'post', 'post-content', 'story', 'story-body', 'text', 'hentry',
    'blog', 'page', 'detail',
  ],
  caption: [
    'caption', 'captions', 'credit', 'credits', 'copyright', 'photo-credit', 'image-credit', 'media-caption',
    'figcaption', 'img-caption', 'image-caption', 'legend', 'image-description', 'imagedescription',
    'img-description', 'photo-description',
  ],
};

/**
 * "Widget": a sidebar box in blog themes, but every block of a page builder
 * ("elementor-widget-container"), so it has a rule of its own.
 */
export const widgetWords: readonly string[] = ['widget', 'widgets'];

/** Class/id name parts, matched anywhere in a name (see {@link ClassParts}). */
export const markupClassParts: ClassParts = {
  author: ['author', 'byline', 'reporter'],
  date: ['date', 'time', 'publish', 'posted'],
  comment: ['comment', 'respond', 'reply'],
};
