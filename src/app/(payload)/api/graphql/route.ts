import config from '@payload-config'
import '@payloadcms/next/css'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardGraphql } from '../../../../graphql/guard'
import { limitBody } from '../../../../security/body'

// The body's size (413), then the document's tokens, fragment cycles and aliases (400), then Payload.
export const POST = limitBody(guardGraphql(GRAPHQL_POST(config)))
export const OPTIONS = REST_OPTIONS(config)
