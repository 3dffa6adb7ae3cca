/**
 * The community services directory (a data file) and the matching of a person's needs and interests to the services
 * in it. Drafters may suggest only services from this directory.
 */
package org.whatmatters.community;
