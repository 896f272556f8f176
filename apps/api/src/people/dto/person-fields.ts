import { Transform } from 'class-transformer';

/** Bioguide ids are stored upper-case: m001137 and M001137 are one member. */
export const UpperTrim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value));

export const BIOGUIDE_ID = /^[A-Z]\d{6}$/;
export const BIOGUIDE_MESSAGE = 'bioguideId must be a letter and six digits, like M001137';
export const STATE = /^[A-Z]{2}$/;
