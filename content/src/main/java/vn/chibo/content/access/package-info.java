/**
 * Who may act for which part of the organisation: role assignments (secretary, deputy, leader, office)
 * and the role a person is currently acting in.
 */
package vn.chibo.content.access;
