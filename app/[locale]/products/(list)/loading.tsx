import { PageLoading } from "@/components/ui/page-loading";

// The list only (route group): the product page keeps its real 404 status, which streaming would turn into 200.
export default function Loading() {
  return <PageLoading />;
}
