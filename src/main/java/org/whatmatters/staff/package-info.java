/** Staff accounts (link workers and admins), their sign-in, and which endpoints need them. */
package org.whatmatters.staff;
