/** How chibo says things: Vietnamese sentences from message bundles, one wrapper for every module. */
package vn.chibo.content.text;
