/**
 * People and posts: a person (with a masked citizen ID), the posts of a commune-level unit, planned seats and vacancies, appointments and the documents that made them.
 */
package org.haicap.core.people;
